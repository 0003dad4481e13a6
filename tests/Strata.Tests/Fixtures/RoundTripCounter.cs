using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Strata.Tests.Fixtures;

/// <summary>
/// A TCP relay in front of the test server that counts the round trips clients make: every Sync (the end of an
/// extended-protocol exchange, one per batch or command) and every simple Query. Start-up and Terminate are not
/// counted, so a run that sends one batch counts 1.
/// </summary>
public sealed class RoundTripCounter : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly int _serverPort;
    readonly CancellationTokenSource _stop = new();
    readonly List<Task> _relays = [];
    int _roundTrips;

    RoundTripCounter(int serverPort)
    {
        _serverPort = serverPort;
        _listener.Start();
        _relays.Add(AcceptAsync());
    }

    public static RoundTripCounter Start(PostgresServer server) => new(server.Port);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The round trips counted so far, over every connection.</summary>
    public int RoundTrips => Volatile.Read(ref _roundTrips);

    /// <summary>A URL for <paramref name="database"/> through the relay.</summary>
    public string Url(string database) => $"postgresql://postgres@127.0.0.1:{Port}/{database}?sslmode=disable";

    async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, _serverPort);
            lock (_relays)
            {
                _relays.Add(CountingCopyAsync(client.GetStream(), server.GetStream(), client, server));
                _relays.Add(CopyAsync(server.GetStream(), client.GetStream(), client, server));
            }
        }
    }

    async Task CountingCopyAsync(NetworkStream from, NetworkStream to, TcpClient a, TcpClient b)
    {
        try
        {
            // The start-up message has no type byte: a length, then the rest (an SSL or GSS request is answered and followed by another).
            while (true)
            {
                var header = await ReadExactlyAsync(from, 8);
                var body = await ReadExactlyAsync(from, BinaryPrimitives.ReadInt32BigEndian(header) - 8);
                await to.WriteAsync(header.Concat(body).ToArray());
                var code = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
                if (code is not (80877103 or 80877104)) break;
            }
            while (true)
            {
                var header = await ReadExactlyAsync(from, 5);
                var body = await ReadExactlyAsync(from, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1)) - 4);
                if (header[0] is (byte)'S' or (byte)'Q') Interlocked.Increment(ref _roundTrips);
                await to.WriteAsync(header.Concat(body).ToArray());
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or SocketException) { }
        finally { a.Dispose(); b.Dispose(); }
    }

    static async Task CopyAsync(NetworkStream from, NetworkStream to, TcpClient a, TcpClient b)
    {
        try { await from.CopyToAsync(to); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException) { }
        finally { a.Dispose(); b.Dispose(); }
    }

    static async Task<byte[]> ReadExactlyAsync(Stream s, int count)
    {
        var buffer = new byte[count];
        await s.ReadExactlyAsync(buffer);
        return buffer;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] relays;
        lock (_relays) relays = [.. _relays];
        await Task.WhenAll(relays);
        _stop.Dispose();
    }
}

using System.CommandLine;
using Strata.Cli.Output;
using Strata.Db;

namespace Strata.Cli.Commands;

/// <summary><c>strata db start|stop|status|url</c>: the embedded local PostgreSQL under .strata/pg.</summary>
internal static class DbCommands
{
    public static Command Build(CommandRunner cli)
    {
        var db = new Command("db", "The embedded local PostgreSQL (.strata/pg in the project), used when no DATABASE_URL is set");

        var start = new Command("start", "Start the embedded database (initialising it on first use)");
        start.SetAction((r, ct) => cli.Run(r, async ctx =>
        {
            var cluster = Cluster(ctx);
            var s = await cluster.StartAsync(ct);
            Say(ctx, s.Started
                ? $"Started the embedded PostgreSQL on port {s.Port} ({Rel(cluster, s.DataDirectory)}{(s.Initialized ? ", new cluster" : "")})."
                : $"The embedded PostgreSQL is already running on port {s.Port}.", s.Port);
            return 0;
        }));

        var stop = new Command("stop", "Stop the embedded database");
        stop.SetAction((r, ct) => cli.Run(r, async ctx =>
        {
            var stopped = await Cluster(ctx).StopAsync(ct);
            Say(ctx, stopped ? "Stopped the embedded PostgreSQL." : "The embedded PostgreSQL is not running.", null);
            return 0;
        }));

        var status = new Command("status", "Say whether the embedded database is running, and on which port");
        status.SetAction((r, ct) => cli.Run(r, ctx =>
        {
            var cluster = Cluster(ctx);
            var port = cluster.RunningPort();
            Say(ctx, port is { } p ? $"The embedded PostgreSQL is running on port {p} ({Rel(cluster, cluster.DataDirectory)})."
                : cluster.IsInitialized ? "The embedded PostgreSQL is stopped; `strata db start` starts it."
                : "There is no embedded PostgreSQL in this project yet; `strata db start` creates one.", port);
            return Task.FromResult(0);
        }));

        var url = new Command("url", "Print a DATABASE_URL for the embedded database (starting it if needed), for psql or your app");
        url.SetAction((r, ct) => cli.Run(r, async ctx =>
        {
            var cluster = Cluster(ctx);
            var s = await cluster.StartAsync(ct);
            if (s.Started) ctx.Error.WriteLine($"Started the embedded PostgreSQL on port {s.Port}.");
            if (ctx.Json) ctx.Out.WriteLine(JsonReport.Write(w => { w.WriteString("url", EmbeddedCluster.Url(s.Port)); w.WriteNumber("port", s.Port); }));
            else ctx.Out.WriteLine(EmbeddedCluster.Url(s.Port));
            return 0;
        }));

        foreach (var c in new[] { start, stop, status, url }) db.Subcommands.Add(c);
        return db;
    }

    static EmbeddedCluster Cluster(CommandContext ctx) => new(ctx.Project().Directory);

    static string Rel(EmbeddedCluster c, string path) => Path.GetRelativePath(c.ProjectDirectory, path);

    static void Say(CommandContext ctx, string message, int? port)
    {
        if (ctx.Json)
            ctx.Out.WriteLine(JsonReport.Write(w =>
            {
                w.WriteBoolean("running", port is not null);
                if (port is { } p) w.WriteNumber("port", p); else w.WriteNull("port");
                w.WriteString("message", message);
            }));
        else ctx.Out.WriteLine(message);
    }
}

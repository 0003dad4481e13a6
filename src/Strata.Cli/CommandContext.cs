using System.CommandLine;
using Strata.Cli.Output;
using Strata.Db;
using Strata.Runner;

namespace Strata.Cli;

/// <summary>What a command's action gets: the parsed options, the (redacting) streams, and the project once loaded.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions globals, CliHost host, RedactingWriter output, RedactingWriter error)
{
    public ParseResult Parse { get; } = parse;
    public TextWriter Out => output;
    public TextWriter Error => error;
    public bool Json => Parse.GetValue(globals.Json);
    public bool Verbose => Parse.GetValue(globals.Verbose) || (_project?.Config.Verbose ?? false);

    Project? _project;

    /// <summary>Changes the project options before the project loads (node-pg-migrate's flags on <c>strata migrate</c>).</summary>
    public Func<ProjectOptions, ProjectOptions>? ConfigureProject { get; set; }

    /// <summary>Loads the project (config, database source) and registers its secrets for redaction before anything can print them.</summary>
    public Project Project()
    {
        if (_project is not null) return _project;
        var options = globals.Project(Parse, host);
        if (ConfigureProject is { } configure) options = configure(options);
        // Before anything is parsed or read: a message about a malformed URL must not repeat its password.
        if (options.DatabaseUrl is { } flag) Register(SecretSources.InConnectionString(flag));
        if (host.Environment("DATABASE_URL") is { } env) Register(SecretSources.InConnectionString(env));
        Register(SecretSources.FromEnvironment(host.Environment));
        _project = Runner.Project.Load(options);
        Register(_project.Secrets);
        foreach (var w in _project.Warnings) Error.WriteLine($"warning: {w}");
        return _project;
    }

    void Register(IEnumerable<string> secrets)
    {
        var list = secrets.ToList();
        output.AddSecrets(list);
        error.AddSecrets(list);
    }

    public Reporter Reporter() => new(Out, Error, Json, Verbose, Color, d => Database = d, nameDatabase: host.Environment(JitCompanion.HandedOverVariable) != "1");

    /// <summary>The database the command used, once it is known (for --json).</summary>
    public DatabaseSelected? Database { get; private set; }

    /// <summary>Colours only on a terminal, and never with NO_COLOR set (no-color.org).</summary>
    public bool Color => host.IsTerminal && string.IsNullOrEmpty(host.Environment("NO_COLOR")) && !Json;

    public StrataMigrator Migrator(Reporter reporter) => new(Project(), reporter.On);
}

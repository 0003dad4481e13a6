using System.Runtime.CompilerServices;

namespace Strata.App;

/// <summary>
/// Names a migration compiled into an app (<see cref="Runner.ProjectOptions.MigrationsAssembly"/>): the name its
/// <c>pgmigrations</c> row carries. Without an argument the name is the source file's name without <c>.cs</c>, which
/// is the name the CLI gives the same file, so <c>[Migration]</c> on <c>db/1700000000000_create-users.cs</c> is
/// <c>1700000000000_create-users</c> by either route.
/// <code>
/// [Migration]                                  // the file's name
/// [Migration("1700000000000_create-users")]    // or an explicit one
/// public sealed class CreateUsers : Migration { … }
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MigrationAttribute : Attribute
{
    /// <param name="name">The migration's name, <c>&lt;number&gt;_&lt;name&gt;</c>; null for the source file's name.</param>
    /// <param name="sourceFile">Filled in by the compiler: the file the class is declared in.</param>
    public MigrationAttribute(string? name = null, [CallerFilePath] string sourceFile = "")
    {
        SourceFile = sourceFile;
        Name = name ?? System.IO.Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]);
    }

    /// <summary>The name recorded in the tracking table.</summary>
    public string Name { get; }

    /// <summary>The source file the compiler saw (for messages).</summary>
    public string SourceFile { get; }
}

using Spectre.Console;

namespace Strata.Cli.Output;

/// <summary>The Spectre console of a view: colours and tables on a terminal, nothing interactive, at least as wide as the view needs.</summary>
internal static class ViewConsole
{
    public static IAnsiConsole Create(TextWriter output, bool color, int minWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        if (color) console.Profile.Width = Math.Max(console.Profile.Width, minWidth);
        return console;
    }
}

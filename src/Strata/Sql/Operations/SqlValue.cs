using System.Globalization;

namespace Strata.Sql.Operations;

/// <summary>
/// A value written into SQL as node-pg-migrate writes it: strings dollar-quoted
/// (<c>$pga$…$pga$</c>), numbers and booleans bare, arrays as <c>ARRAY[…]</c>,
/// <see cref="Null"/> as <c>NULL</c>, and <see cref="Raw"/> text (<c>pgm.Func(…)</c>) untouched.
/// </summary>
/// <remarks>A C# <c>null</c> where a <see cref="SqlValue"/>? is expected means "not given"; use <see cref="Null"/> for SQL NULL.</remarks>
public sealed class SqlValue
{
    private enum Kind { Null, Bool, String, Number, Raw, Array }

    private readonly Kind _kind;
    private readonly string _text;
    private readonly IReadOnlyList<SqlValue> _items;

    private SqlValue(Kind kind, string text, IReadOnlyList<SqlValue>? items = null)
    {
        _kind = kind;
        _text = text;
        _items = items ?? [];
    }

    /// <summary>SQL <c>NULL</c> (in <c>AlterColumn</c>'s default: drop the default).</summary>
    public static SqlValue Null { get; } = new(Kind.Null, "NULL");

    /// <summary>SQL text written as is, like node-pg-migrate's <c>pgm.func('now()')</c>.</summary>
    public static SqlValue Raw(string sql) => new(Kind.Raw, sql);

    /// <summary>An array value, written <c>ARRAY[…]</c>.</summary>
    public static SqlValue Array(params SqlValue[] items) => new(Kind.Array, "", items);

    public static implicit operator SqlValue(string value) => new(Kind.String, value);
    public static implicit operator SqlValue(bool value) => new(Kind.Bool, value ? "true" : "false");
    public static implicit operator SqlValue(int value) => new(Kind.Number, value.ToString(CultureInfo.InvariantCulture));
    public static implicit operator SqlValue(long value) => new(Kind.Number, value.ToString(CultureInfo.InvariantCulture));
    public static implicit operator SqlValue(double value) => new(Kind.Number, value.ToString(CultureInfo.InvariantCulture));
    public static implicit operator SqlValue(decimal value) => new(Kind.Number, value.ToString(CultureInfo.InvariantCulture));
    public static implicit operator SqlValue(string[] values) => Array([.. values.Select(v => (SqlValue)v)]);
    public static implicit operator SqlValue(SqlValue[] values) => Array(values);

    internal bool IsNull => _kind == Kind.Null;

    internal bool IsString => _kind == Kind.String;

    /// <summary>True for values that read as true in JavaScript, where node-pg-migrate tests an option for truthiness.</summary>
    internal bool IsTruthy => _kind switch
    {
        Kind.Null => false,
        Kind.Bool => _text == "true",
        Kind.String => _text.Length > 0,
        Kind.Number => _text is not ("0" or "NaN" or "-0"),
        _ => true,
    };

    /// <summary>The value as SQL text.</summary>
    public string ToSql() => _kind switch
    {
        Kind.String => DollarQuote(_text),
        // node-pg-migrate strips nested ARRAY keywords so that a nested array is a multi-dimensional literal.
        Kind.Array => "ARRAY[" + string.Join(",", _items.Select(i => i.ToSql())).Replace("ARRAY", "") + "]",
        _ => _text,
    };

    /// <summary>The plain text of a number, boolean, string or raw value, as JavaScript's <c>String(value)</c> gives it.</summary>
    internal string Text => _text;

    public override string ToString() => ToSql();

    /// <summary>
    /// Dollar-quotes a string with the first tag of $pga$, $pgb$ … $pgz$, $pgaa$ … that the
    /// text does not contain, so no escaping is ever needed.
    /// </summary>
    internal static string DollarQuote(string text)
    {
        for (var n = 0; ; n++)
        {
            var tag = "$pg" + TagId(n) + "$";
            if (!text.Contains(tag, StringComparison.Ordinal))
                return tag + text + tag;
        }
    }

    private static string TagId(int n)
    {
        // a, b, … z, aa, ab, …: bijective base 26 as node-pg-migrate's stringIdGenerator counts.
        var id = "";
        n++;
        while (n > 0)
        {
            n--;
            id = (char)('a' + n % 26) + id;
            n /= 26;
        }
        return id;
    }
}

namespace Certwatch.Tls.Wire;

/// <summary>An alert message (RFC 8446 §6): <c>AlertLevel level; AlertDescription description;</c></summary>
public readonly record struct Alert(AlertLevel Level, AlertDescription Description)
{
    public const int Size = 2;

    /// <summary>Reads an alert record's fragment, which must be exactly two bytes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> fragment, out Alert alert, out InvalidMessage error)
    {
        alert = default;
        error = fragment.Length < Size ? InvalidMessage.MessageTooShort
            : fragment.Length > Size ? InvalidMessage.TrailingData
            : InvalidMessage.None;
        if (error != InvalidMessage.None)
        {
            return false;
        }

        alert = new Alert(new AlertLevel(fragment[0]), new AlertDescription(fragment[1]));
        return true;
    }

    public override string ToString() => $"{Level} alert {Description}";
}

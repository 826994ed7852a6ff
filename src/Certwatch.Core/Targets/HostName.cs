namespace Certwatch.Core.Targets;

/// <summary>DNS host name syntax (RFC 1123 §2.1 labels; underscores tolerated as seen in the wild).</summary>
public static class HostName
{
    public static bool IsValid(string name)
    {
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (trimmed.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in trimmed.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}

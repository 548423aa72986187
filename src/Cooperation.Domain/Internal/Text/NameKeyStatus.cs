namespace Cooperation.Domain.Internal.Text;

/// <summary>Why text could or could not be folded into a name key.</summary>
internal enum NameKeyStatus
{
    /// <summary>The key was written.</summary>
    Success,

    /// <summary>No letters or digits: empty, white space or punctuation only.</summary>
    Empty,

    /// <summary>The input or its key is longer than <see cref="NameKey.MaxInputLength"/>.</summary>
    TooLong,

    /// <summary>The input holds a control character.</summary>
    ControlCharacter,

    /// <summary>The input holds a letter or digit outside the Latin script (or an unpaired surrogate).</summary>
    UnsupportedCharacter,
}

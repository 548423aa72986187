using System;
using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads a small JSON document whole (a configuration, a suppressions file, a baseline) object by object, with the
/// catalog reader's handling of every fault: each error, the reader's own (malformed JSON, a document cut short) or the
/// caller's (an unknown or repeated member, a value of the wrong kind), becomes the caller's typed error with the
/// 1-based line of the token at fault (LF, CRLF and a lone CR each end a line), and a message on one line, bounded
/// (<see cref="JsonReadError"/>). A name or a string that is not valid UTF-8, or holds an unpaired surrogate escape, is
/// such an error too, never an exception of the reader.
/// </summary>
/// <remarks>Lines are counted forward (<see cref="ForwardLines"/>): a document of any number of entries costs one pass.</remarks>
internal ref struct StrictJsonReader
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly ForwardLines _lines;
    private readonly Func<long, string, Exception?, Exception> _error;
    private Utf8JsonReader _reader;

    /// <summary>A reader of <paramref name="utf8"/>, whose leading byte-order mark, if any, is skipped.</summary>
    /// <param name="utf8">The whole document.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="error">Makes the caller's error from a 1-based line, a reason and the exception behind it, if any.</param>
    public StrictJsonReader(ReadOnlyMemory<byte> utf8, int maxDepth, Func<long, string, Exception?, Exception> error)
    {
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        _utf8 = utf8.Span;
        _lines = new ForwardLines(utf8);
        _error = error;
        _reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>The current token.</summary>
    public readonly JsonTokenType TokenType => _reader.TokenType;

    /// <summary>The byte offset of the current token.</summary>
    public readonly long TokenStart => _reader.TokenStartIndex;

    /// <summary>The current token in words, with a number's value: "a number (3)", "an array".</summary>
    public string TokenInWords => JsonTokenDescription.Describe(ref _reader);

    /// <summary>The 1-based line of a byte offset.</summary>
    public readonly long LineAt(long offset) => _lines.At(offset);

    /// <summary>The caller's error about the current token.</summary>
    public readonly Exception Fail(string reason) => FailAt(_reader.TokenStartIndex, reason);

    /// <summary>The caller's error about the token at <paramref name="offset"/>.</summary>
    public readonly Exception FailAt(long offset, string reason, Exception? inner = null) => _error(_lines.At(offset), reason, inner);

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    /// <summary>Reads the document's first token, which must open an object.</summary>
    /// <param name="reason">The error when it does not: "A configuration is a JSON object."</param>
    public void ReadObjectStart(string reason)
    {
        if (!Read() || _reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail(reason);
        }
    }

    /// <summary>After the top-level value: the document must end (the reader refuses anything but white space).</summary>
    public void ReadEnd()
    {
        if (Read())
        {
            throw Fail("Nothing may follow the document's value.");
        }
    }

    /// <summary>
    /// Reads the next member of the object being read and moves to its value: false at the end of the object. A member
    /// given twice, or one <paramref name="members"/> does not allow, is an error at its name.
    /// </summary>
    public bool NextMember(ref StrictJsonMembers members)
    {
        Read();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        var at = _reader.TokenStartIndex;
        if (members.Take(String(), at) is { } problem)
        {
            throw FailAt(at, problem);
        }

        Read();
        return true;
    }

    /// <summary>Reads the next element of the array being read: false at its end.</summary>
    public bool NextElement() => Read() && _reader.TokenType != JsonTokenType.EndArray;

    /// <summary>The current value, which must be an object.</summary>
    public readonly void ExpectObject(string reason)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail(reason);
        }
    }

    /// <summary>The current value, which must be an array.</summary>
    public readonly void ExpectArray(string reason)
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail(reason);
        }
    }

    /// <summary>The current value, which must be a string: <c>"member" is a string.</c> otherwise.</summary>
    public string String(string member) => _reader.TokenType == JsonTokenType.String ? String() : throw Fail($"\"{member}\" is a string.");

    /// <summary>The current value, which must be true or false.</summary>
    public readonly bool Boolean(string reason) => _reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Fail(reason),
    };

    /// <summary>Skips the current value (an object or array whole).</summary>
    public void Skip()
    {
        try
        {
            _reader.Skip();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    // The current string or name, decoded: invalid UTF-8 and unpaired surrogate escapes are the document's errors.
    private string String()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw FailAt(_reader.TokenStartIndex, JsonReadError.Clean(e.Message), e);
        }
    }

    // A syntax error of the reader: at the line and byte it names, in the library's words.
    private readonly Exception Malformed(JsonException e)
    {
        var offset = JsonReadError.IsReaderError(e, out var line, out var column) ? LineCounter.OffsetOf(_utf8, line, column) : _reader.TokenStartIndex;
        return FailAt(offset, "Not valid JSON: " + JsonReadError.Clean(e.Message), e);
    }
}

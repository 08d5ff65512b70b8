namespace BuildGuard.Knowledge;

/// <summary>
/// What placeholder and default values are made of. A value built only from these words (in any
/// case or spelling: "your-jwt-secret-key", "YOUR_API_KEY", "mysupersecretkey", "admin123") was
/// typed by a person as a stand-in, not generated.
/// </summary>
internal static class PlaceholderData
{
    /// <summary>A value whose first word is one of these announces itself as a stand-in ("your…", "change…", "replace…").</summary>
    public static readonly string[] LeadingMarkers =
    [
        "your", "yours",         // your-secret-key, YOUR_API_KEY, yourWeak(!)Password
        "change", "changeme",    // change-me, changethis, ChangeThisInProduction
        "replace", "replaceme",  // replace-with-real-key
        "insert", "enter", "put", "paste", "fill", "set", // insert-key-here, enter_your_token
        "todo", "tbd", "fixme",  // TODO
        "placeholder", "dummy", "fake", "sample", "example", // example-secret
    ];

    /// <summary>Words that are placeholders wherever they stand in the value.</summary>
    public static readonly string[] AnywhereMarkers =
    [
        "changeme", "changethis", "changeit", "replaceme", "placeholder", "todo", "tbd", "fixme", "redacted", "notset", "unset",
    ];

    /// <summary>Vocabulary a typed stand-in is composed of. A value made only of these words (and short digit runs) is a placeholder.</summary>
    public static readonly string[] Vocabulary =
    [
        // what the value claims to be
        "secret", "secrets", "key", "keys", "password", "passwd", "pass", "pwd", "token", "api", "apikey", "jwt", "auth",
        "signing", "sign", "signature", "encryption", "encrypt", "private", "access", "client", "hmac", "credential", "credentials",
        "connection", "string", "value", "code", "phrase", "passphrase",
        // who it belongs to
        "your", "my", "our", "the", "a", "an", "app", "application", "admin", "administrator", "root", "user", "default", "demo",
        // how it is qualified
        "super", "very", "long", "strong", "random", "real", "actual", "secure", "unsafe", "insecure", "temp", "temporary", "new", "own",
        "dev", "development", "local", "example", "sample", "dummy", "fake", "placeholder", "changeme",
        "production", "prod", "here", "goes", "this", "that", "it", "me", "with", "in", "for", "of", "to", "at", "least", "be", "must",
        "should", "is", "not", "please", "generate", "generated", "something", "some", "bits", "bit", "characters", "chars", "bytes",
        "change", "replace", "insert", "enter", "put", "set", "fill", "todo", "tbd", "fixme",
        // the classic stand-ins
        "foo", "bar", "baz", "qux", "xyz", "abc", "asdf", "qwerty", "letmein", "welcome", "hello", "world", "none", "null", "empty", "nothing",
    ];

    /// <summary>
    /// Words by which a sentence talks about the secret it stands in for ("super secret unguessable key
    /// that is longer because we require it"): a sentence with one of them is prose, not key material.
    /// </summary>
    public static readonly string[] ClaimWords = ["secret", "key", "password", "token", "passphrase"];

    /// <summary>Characters a "xxxx" / "****" / "0000" mask is made of.</summary>
    public const string MaskCharacters = "x*#?.0-_";
}

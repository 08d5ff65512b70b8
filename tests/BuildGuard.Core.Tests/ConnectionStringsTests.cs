using BuildGuard.Knowledge;

namespace BuildGuard.Core.Tests;

public class ConnectionStringsTests
{
    [Theory]
    [InlineData("Server=db;Database=app;User Id=sa;Password=Secret123;", "Secret123")]
    [InlineData("Host=db;Username=app;Pwd='quoted'", "quoted")]
    [InlineData("localhost:6379,password=r3d1s", "r3d1s")]
    [InlineData("Server=db;Password=;", "")]
    [InlineData("amqp://guest:gu%40st@rabbit:5672", "gu@st")]
    [InlineData("Server=.;Database=App;Trusted_Connection=True;", null)]
    [InlineData("https://login.example.com/", null)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc==;", null)] // a key, not a password
    public void Embedded_password(string value, string? expected) => Assert.Equal(expected, ConnectionStrings.EmbeddedPassword(value));

    [Theory]
    [InlineData("Server=db;Password=Secret123;", "Secret123")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123==;", "abc123==")]
    [InlineData("Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=k3y=", "k3y=")]
    [InlineData("Endpoint=https://x;Api_Key=tok", "tok")]
    [InlineData("amqp://guest:guest@localhost:5672", "guest")]
    [InlineData("InstrumentationKey=[key];IngestionEndpoint=https://x/", null)] // an identifier, not a secret
    [InlineData("Server=.;Database=App;Trusted_Connection=True;", null)]
    public void Embedded_secret(string value, string? expected) => Assert.Equal(expected, ConnectionStrings.EmbeddedSecret(value));

    [Theory]
    [InlineData("Server=db;User Id=sa;Password=x", "sa")]
    [InlineData("Host=db;user_id=app;Password=x", "app")]
    [InlineData("postgres://admin:pw@db:5432/app", "admin")]
    [InlineData("http://db:5432/path@x", null)] // an @ after the path is not user info
    [InlineData("Server=db;Password=x", null)]
    public void Embedded_user(string value, string? expected) => Assert.Equal(expected, ConnectionStrings.EmbeddedUser(value));

    [Theory]
    [InlineData("Server=x;Database=y", true)]
    [InlineData("postgres://db/app", true)]
    [InlineData("Data Source=app.db", true)]   // one keyword that only a connection string has
    [InlineData("Host=db", true)]
    [InlineData("Server=.", true)]
    [InlineData("abc=def", false)]             // one pair with an unknown keyword
    [InlineData("c2VjcmV0LWtleS1ieXRlcw==", false)] // base64 padding, not keyword=value
    [InlineData("c2Vj==;x", false)]
    [InlineData("=x;y", false)]
    [InlineData("changeme", false)]
    public void Looks_like_a_connection_string(string value, bool expected) =>
        Assert.Equal(expected, ConnectionStrings.LooksLikeConnectionString(value));
}

namespace Cooperation.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.NotNull(typeof(Placeholder));
}

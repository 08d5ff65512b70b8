using BuildGuard.Core.Editing;

namespace BuildGuard.Keygen.Tests;

public class ProjectFileEditorTests
{
    [Fact]
    public void Reads_UserSecretsId_and_required_key_items()
    {
        var facts = ProjectFileEditor.Read("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <UserSecretsId> abc-123 </UserSecretsId>
              </PropertyGroup>
              <ItemGroup>
                <BuildGuardRequiredKey Include="Jwt:Key" />
                <BuildGuardRequiredKey Include="A;B" />
              </ItemGroup>
            </Project>
            """);

        Assert.Null(facts.Error);
        Assert.Equal("abc-123", facts.UserSecretsId);
        Assert.Equal(["Jwt:Key", "A", "B"], facts.RequiredKeys);
    }

    [Fact]
    public void Malformed_xml_is_an_error_result()
    {
        Assert.NotNull(ProjectFileEditor.Read("<Project><PropertyGroup></Project>").Error);
    }

    [Fact]
    public void Adds_the_id_to_the_first_property_group_with_its_siblings_indentation()
    {
        var text = "<Project Sdk=\"Microsoft.NET.Sdk\">\r\n\r\n  <PropertyGroup>\r\n    <TargetFramework>net8.0</TargetFramework>\r\n  </PropertyGroup>\r\n\r\n  <PropertyGroup Condition=\"x\">\r\n  </PropertyGroup>\r\n</Project>";

        var result = ProjectFileEditor.AddUserSecretsId(text, "id-1");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(text.Replace("net8.0</TargetFramework>\r\n", "net8.0</TargetFramework>\r\n    <UserSecretsId>id-1</UserSecretsId>\r\n"), result.Text);
        Assert.Equal("id-1", ProjectFileEditor.Read(result.Text!).UserSecretsId);
    }

    [Fact]
    public void Adds_the_id_inline_when_the_group_is_on_one_line_and_skips_empty_groups()
    {
        var text = "<Project>\n\t<PropertyGroup />\n\t<PropertyGroup><A>1</A></PropertyGroup>\n</Project>\n";

        var result = ProjectFileEditor.AddUserSecretsId(text, "id-2");

        Assert.Equal("<Project>\n\t<PropertyGroup />\n\t<PropertyGroup><A>1</A><UserSecretsId>id-2</UserSecretsId></PropertyGroup>\n</Project>\n", result.Text);
    }

    [Fact]
    public void Adds_a_property_group_when_there_is_none()
    {
        var text = "<Project Sdk=\"Microsoft.NET.Sdk\" Label=\"a>b\">\n  <ItemGroup />\n</Project>\n";

        var result = ProjectFileEditor.AddUserSecretsId(text, "id-3");

        Assert.Equal("<Project Sdk=\"Microsoft.NET.Sdk\" Label=\"a>b\">\n  <PropertyGroup>\n    <UserSecretsId>id-3</UserSecretsId>\n  </PropertyGroup>\n\n  <ItemGroup />\n</Project>\n", result.Text);
    }

    [Fact]
    public void Decode_and_encode_round_trip_a_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'<', (byte)'P', (byte)'/', (byte)'>'];

        var (text, bom) = ProjectFileEditor.Decode(bytes);

        Assert.True(bom);
        Assert.Equal("<P/>", text);
        Assert.Equal(bytes, ProjectFileEditor.Encode(text, bom));
    }
}

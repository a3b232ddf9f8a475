using System.Linq;
using Formwork.Forms;

namespace Formwork.Forms.Tests;

public class FieldMaskingTests
{
    private static readonly CompiledForm Form = new FormDefinitionLoader().Load("""
        { "kind": "form", "id": "person", "fields": [
          { "name": "mobile", "type": "phone", "settings": { "format": "mobile" } },
          { "name": "idNumber", "type": "idNumber" },
          { "name": "email", "type": "email" },
          { "name": "card", "type": "text", "settings": { "format": "bankCard" } },
          { "name": "note", "type": "text" } ] }
        """).GetFormOrThrow();

    [Theory]
    [InlineData("mobile", "13812345678", "138****5678")]
    [InlineData("idNumber", "11010519491231002X", "110105********002X")]
    [InlineData("email", "zhang.wei@example.cn", "z***@example.cn")]
    [InlineData("card", "6222021234567890123", "6222***********0123")]
    [InlineData("note", "保密内容", "保**容")]
    [InlineData("note", "ab", "a*")]
    public void Mask_ByFieldTypeAndFormat_KeepsOnlyWhatTheRuleAllows(string field, string value, string expected)
    {
        var masked = FieldMasking.Mask(Form.Fields.Single(f => f.Name == field), Value.FromText(value));

        Assert.Equal(expected, masked.AsText());
    }

    [Fact]
    public void Mask_Blank_StaysBlank()
    {
        Assert.True(FieldMasking.Mask(Form.Fields[0], Value.Blank).IsBlank);
        Assert.True(FieldMasking.Mask(Value.Blank).IsBlank);
    }

    [Fact]
    public void Mask_ValueOfNoField_KeepsFirstAndLastCharacter()
    {
        Assert.Equal("1****6", FieldMasking.Mask(Value.FromNumber(123456m)).AsText());
    }
}

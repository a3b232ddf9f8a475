namespace Formwork.Forms;

/// <summary>The kind of a form field; decides its value kind, its settings and how input is converted.</summary>
public enum FieldType
{
    /// <summary>Single-line text (<c>text</c>).</summary>
    Text,

    /// <summary>Multi-line text (<c>textarea</c>).</summary>
    TextArea,

    /// <summary>Rich text, stored as HTML (<c>richText</c>).</summary>
    RichText,

    /// <summary>A number (<c>number</c>).</summary>
    Number,

    /// <summary>An amount of money with a currency and a scale (<c>money</c>).</summary>
    Money,

    /// <summary>A percentage, stored as a fraction (<c>percent</c>; 12.5% is 0.125).</summary>
    Percent,

    /// <summary>A rating from 0 to the setting <c>max</c> (<c>rating</c>).</summary>
    Rating,

    /// <summary>Yes or no (<c>boolean</c>).</summary>
    Boolean,

    /// <summary>A calendar date (<c>date</c>).</summary>
    Date,

    /// <summary>A date and time with an offset (<c>dateTime</c>).</summary>
    DateTime,

    /// <summary>A time of day (<c>time</c>).</summary>
    Time,

    /// <summary>One option of a list (<c>select</c>).</summary>
    Select,

    /// <summary>Several options of a list (<c>multiSelect</c>).</summary>
    MultiSelect,

    /// <summary>A path through nested options such as province / city / district (<c>cascade</c>).</summary>
    Cascade,

    /// <summary>An email address (<c>email</c>).</summary>
    Email,

    /// <summary>A phone number: mainland China mobile or landline (<c>phone</c>).</summary>
    Phone,

    /// <summary>A resident ID number with its GB 11643 checksum (<c>idNumber</c>).</summary>
    IdNumber,

    /// <summary>An http(s) URL (<c>url</c>).</summary>
    Url,

    /// <summary>A structured address: province, city, district, detail (<c>address</c>).</summary>
    Address,

    /// <summary>A geolocation: lat, lng and address (<c>location</c>).</summary>
    Location,

    /// <summary>One or several users (<c>user</c>).</summary>
    User,

    /// <summary>One or several departments (<c>department</c>).</summary>
    Department,

    /// <summary>A link to one or several records of another form (<c>relation</c>).</summary>
    Relation,

    /// <summary>A value read through a relation, such as <c>customer.level</c> (<c>lookup</c>).</summary>
    Lookup,

    /// <summary>A detail table with its own fields (<c>subform</c>).</summary>
    Subform,

    /// <summary>File metadata: name, size, content type, storage key (<c>attachment</c>).</summary>
    Attachment,

    /// <summary>Image metadata, like attachments (<c>image</c>).</summary>
    Image,

    /// <summary>A handwritten signature, stored as the host's storage key (<c>signature</c>).</summary>
    Signature,

    /// <summary>A serial number allocated on insert from a pattern such as <c>HT-{yyyyMMdd}-{0000}</c> (<c>serialNumber</c>).</summary>
    SerialNumber,

    /// <summary>A value computed by a formula (<c>computed</c>).</summary>
    Computed,

    /// <summary>A layout-only section heading (<c>section</c>); holds no value.</summary>
    Section,

    /// <summary>Layout-only descriptive text (<c>description</c>); holds no value.</summary>
    Description,
}

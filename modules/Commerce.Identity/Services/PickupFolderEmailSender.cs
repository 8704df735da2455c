using System.Text;
using Commerce.Mail;
using Commerce.Shells;

namespace Commerce.Identity.Services;

/// <summary>
/// Writes each message as an RFC 5322 <c>.eml</c> file into the tenant's pickup folder,
/// <c>App_Data/Sites/{tenant}/mail/</c>, for a mail relay to send (or a developer or test to read). The file
/// appears complete or not at all: it is written under a temporary name and then renamed.
/// </summary>
public sealed class PickupFolderEmailSender(ITenantFolder tenantFolder, TenantInfo tenant, TimeProvider clock) : IEmailSender
{
    public string Folder => Path.Combine(tenantFolder.Path, "mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var id = message.MessageId is { Length: > 0 and <= 100 } given && given.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? given
            : Guid.NewGuid().ToString("n");
        var text = new StringBuilder()
            .Append("From: no-reply@").Append(tenant.RequestUrlHost ?? "localhost").Append("\r\n")
            .Append("To: ").Append(Header(message.To)).Append("\r\n")
            .Append("Subject: ").Append(Header(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r")).Append("\r\n")
            .Append("Message-ID: <").Append(id).Append("@commerce>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"))
            .Append("\r\n");
        // A message with a given id keeps one file name, so sending it again replaces the file instead of adding one.
        var name = message.MessageId is null ? $"{now:yyyyMMddHHmmssfff}-{id}.eml" : $"{id}.eml";
        var temporary = Path.Combine(Folder, $"{name}.{Guid.NewGuid():n}.tmp");
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }

    /// <summary>Header values: no line breaks (header injection), non-ASCII as an RFC 2047 encoded word.</summary>
    private static string Header(string value)
    {
        var clean = value.Replace("\r", " ").Replace("\n", " ");
        return clean.All(char.IsAscii) ? clean : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(clean)) + "?=";
    }
}

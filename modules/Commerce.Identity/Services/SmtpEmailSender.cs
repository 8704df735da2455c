using Commerce.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Commerce.Identity.Services;

/// <summary>
/// Sends mail through the SMTP relay in <see cref="SmtpOptions"/> (MailKit). A message with an id keeps it as its
/// Message-ID header, so a relay or mailbox can drop a copy sent again after a crash.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        if (message.MessageId is { Length: > 0 } id)
        {
            mime.MessageId = $"{id}@{MailboxAddress.Parse(settings.From).Domain}";
        }

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        var security = settings.Security switch
        {
            "None" => SecureSocketOptions.None,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Commerce:Mail:Smtp:Host is not set."), settings.Port, security, cancellationToken);
        if (settings.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

namespace Commerce.Identity.Services;

/// <summary>
/// SMTP relay settings, bound from <c>Commerce:Mail:Smtp</c>. With no <see cref="Host"/>, mail goes to the tenant's
/// pickup folder instead (<see cref="PickupFolderEmailSender"/>).
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c> or <c>None</c> (a relay on the same machine or network).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, for example <c>no-reply@shop.example</c>.</summary>
    public string From { get; set; } = "no-reply@localhost";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

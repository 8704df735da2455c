using Commerce.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommerceHost();

var app = builder.Build();
app.UseCommerceHost();
app.Run();

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;

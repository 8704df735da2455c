using Commerce.Modules;

[assembly: Module(
    "Commerce.Management",
    Name = "Management",
    Description = "Manage a tenant's features and, from the Default tenant, the tenants.",
    Category = FeatureCategories.Infrastructure)]

[assembly: Feature(
    "Commerce.Features",
    Name = "Features",
    Description = "List, enable, disable, hide and show the tenant's features.",
    AlwaysEnabled = true)]

[assembly: Feature(
    "Commerce.Tenants",
    Name = "Tenants",
    Description = "List and create tenants. Only the Default tenant can run it.",
    DefaultTenantOnly = true)]

[assembly: Feature(
    "Commerce.Events",
    Name = "Events",
    Description = "The tenant's event stream: each consumer's cursor and lag, parked events and their retry.",
    AlwaysEnabled = true)]

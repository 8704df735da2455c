using Commerce.Modules;

[assembly: Module(
    "Commerce.Admin",
    Name = "Admin",
    Description = "The admin area's dashboard at /admin (管理后台).",
    Category = FeatureCategories.Infrastructure)]

// Identity provides the sign-in the admin area sends anonymous visitors to.
[assembly: Feature(
    "Commerce.Admin",
    Name = "Admin dashboard",
    Description = "The dashboard at /admin: the tenant, its enabled features, its users and the admin menu's pages.",
    Dependencies = ["Commerce.Identity"])]

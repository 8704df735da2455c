using Commerce.Modules;

[assembly: Module(
    "Commerce.Announcements",
    Name = "Announcements",
    Description = "Platform announcements for shoppers and merchants (平台公告).",
    Category = FeatureCategories.Storefront)]

[assembly: Feature(
    "Commerce.Announcements",
    Name = "Announcements",
    Description = "Announcements page in the storefront, and an API to publish them.",
    Dependencies = ["Commerce.Storefront"])]

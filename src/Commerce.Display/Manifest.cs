using Commerce.Modules;

[assembly: Module(
    "Commerce.Display",
    Name = "Display",
    Description = "Liquid pages in theme layouts, languages (English, 简体中文), theme assets and security headers.",
    Category = FeatureCategories.Infrastructure)]

[assembly: Feature(
    "Commerce.Display",
    Name = "Display",
    Description = "Renders pages with the tenant's theme, picks the visitor's language, serves theme assets, sets security headers.",
    AlwaysEnabled = true)]

using Commerce.Modules;

[assembly: Module(
    "Commerce.Samples.Greetings",
    Name = "Greetings (sample plugin)",
    Description = "Shows how an agency adds a module without rebuilding the host.",
    Category = FeatureCategories.Storefront,
    Author = "Commerce")]

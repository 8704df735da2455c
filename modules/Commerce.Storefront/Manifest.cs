using Commerce.Modules;

[assembly: Module(
    "Commerce.Storefront",
    Name = "Storefront",
    Description = "The shoppers' home page, with a navigation built from the enabled, visible features.",
    Category = FeatureCategories.Storefront)]

using Commerce.Modules;

// Jade derives from Storefront: any template or asset Jade does not ship comes from Storefront, then from the modules.
[assembly: Theme(
    "Commerce.Themes.Jade",
    Name = "Jade",
    Description = "An example theme (翡翠): derives from Storefront, with its own layout and announcements page.",
    Author = "Commerce",
    BaseTheme = "Commerce.Themes.Storefront")]

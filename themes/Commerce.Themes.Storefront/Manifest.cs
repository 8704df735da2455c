using Commerce.Modules;

[assembly: Theme(
    "Commerce.Themes.Storefront",
    Name = "Storefront",
    Description = "The default storefront theme: a clean layout with the menu, the page and the language switcher.",
    Author = "Commerce")]

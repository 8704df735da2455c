using Commerce.Modules;

[assembly: Theme(
    "Commerce.Themes.Admin",
    Name = "Admin",
    Description = "The admin theme: a side menu built from the enabled features' admin navigation, and the page.",
    Author = "Commerce")]

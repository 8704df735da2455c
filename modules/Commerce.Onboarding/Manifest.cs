using Commerce.Modules;

[assembly: Module(
    "Commerce.Onboarding",
    Name = "Merchant onboarding",
    Description = "The application to become a merchant (商家入驻): guided or quick, progress, audit.",
    Category = "Merchants")]

[assembly: Feature(
    "Commerce.Onboarding",
    Name = "Merchant onboarding",
    Description = "Applications to open a shop, their audit queue, and the approval that registers the merchant.",
    Dependencies = ["Commerce.Merchants", "Commerce.Identity"])]

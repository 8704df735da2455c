using Commerce.Modules;

[assembly: Module(
    "Commerce.Merchants",
    Name = "Merchants",
    Description = "The merchants registry: company, shop, grade, status, staff (商家管理).",
    Category = "Marketplace")]

[assembly: Feature(
    "Commerce.Merchants",
    Name = "Merchants",
    Description = "Merchants with their company and shop, grades, status and per-category restrictions, staff with merchant permissions, reviewed company changes, admin pages and the merchant back office.",
    Dependencies = ["Commerce.Identity"])]

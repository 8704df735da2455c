using Commerce.Modules;

[assembly: Module(
    "Commerce.Qualifications",
    Name = "Qualifications",
    Description = "Industries, required documents, verification and expiry of merchants' qualifications (资质).",
    Category = "Merchants")]

[assembly: Feature(
    "Commerce.Qualifications",
    Name = "Qualifications",
    Description = "Industry rules for the documents merchants owe, uploads, auditors' verification, daily expiry checks and category restrictions.",
    Dependencies = ["Commerce.Identity"])]

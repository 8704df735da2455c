using Commerce.Modules;

[assembly: Module(
    "Commerce.Notifications",
    Name = "Notifications",
    Description = "Messages to users: an in-app inbox and e-mail, from any module (通知).",
    Category = FeatureCategories.Infrastructure)]

[assembly: Feature(
    "Commerce.Notifications",
    Name = "Notifications",
    Description = "An outbox other modules queue messages in; each user's inbox at /account/notifications; e-mail sent once per message.",
    Dependencies = ["Commerce.Identity"])]

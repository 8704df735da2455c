using Commerce.Modules;

[assembly: Module(
    "Commerce.Identity",
    Name = "Identity",
    Description = "Users, roles and permissions of the tenant (用户、角色与权限).",
    Category = "Security")]

[assembly: Feature(
    "Commerce.Identity",
    Name = "Identity",
    Description = "Sign-up, sign-in, password reset, personal access tokens, roles and the permission grants admins edit.")]

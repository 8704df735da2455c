using Commerce.Modules;

[assembly: Module("Broken.Reviews", Name = "Reviews (broken)")]
[assembly: Feature("Broken.Reviews", Dependencies = ["Commerce.Ratings"])]

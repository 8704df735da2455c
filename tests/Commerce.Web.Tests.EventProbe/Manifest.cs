using Commerce.Modules;

[assembly: Module("Commerce.Tests.EventProbe", Name = "Event probe", Description = "Test instrument: records the events its consumers handle.", Category = FeatureCategories.Infrastructure)]

[assembly: Feature(
    "Commerce.Tests.EventProbe",
    Name = "Event probe",
    Description = "Records every merchant change its consumers handle, in a log file named by Probe:Log.",
    Dependencies = ["Commerce.Merchants"])]

using Microsoft.EntityFrameworkCore;

namespace Commerce.Architecture.Tests.BadModule.Reports;

/// <summary>A public DbContext outside the Data namespace is reported too.</summary>
public sealed class ComplaintsReportContext(DbContextOptions<ComplaintsReportContext> options) : DbContext(options);

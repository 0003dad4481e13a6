using Strata.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The database: ConnectionStrings:Default (appsettings.json, or ConnectionStrings__Default in the environment).
builder.Services.AddStrataMigrations(o => o.FromAssembly(typeof(Program).Assembly));
builder.Services.AddHealthChecks().AddStrataMigrations();

var app = builder.Build();
app.MapHealthChecks("/health");
app.MapGet("/", () => "The schema is migrated; see /health.");
app.Run();

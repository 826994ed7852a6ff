namespace Certwatch.Cli.Tests.Fixtures;

/// <summary>Tests that share one running lab.</summary>
[CollectionDefinition("lab")]
public sealed class LabCollection : ICollectionFixture<LabFixture>;

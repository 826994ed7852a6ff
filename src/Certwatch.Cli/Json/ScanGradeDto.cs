namespace Certwatch.Cli.Json;

/// <summary>The SSL Labs style grade with its scores, every cap that lowered it, and the notes.</summary>
public sealed record ScanGradeDto(
    string Grade,
    string GradeIgnoringTrust,
    int Score,
    int ProtocolScore,
    int KeyExchangeScore,
    int CipherScore,
    IReadOnlyList<ScanGradeCapDto> Caps,
    IReadOnlyList<string> Notes);

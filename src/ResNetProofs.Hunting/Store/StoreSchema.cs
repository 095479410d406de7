namespace ResNetProofs.Hunting.Store;

/// <summary>The SQL of schema version <see cref="HuntStore.SchemaVersion"/>.</summary>
public static class StoreSchema
{
    /// <summary>Every table a valid store holds.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["meta", "session", "findings", "stats", "cases", "pool", "inconclusive", "progress"];

    /// <summary>The CREATE TABLE statements.</summary>
    public const string Tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE session(id INTEGER PRIMARY KEY CHECK (id = 1), seed TEXT NOT NULL, theorems TEXT NOT NULL, profile TEXT NOT NULL, shard TEXT NOT NULL,
            targeting INTEGER NOT NULL, next_local INTEGER NOT NULL, merged INTEGER NOT NULL, seconds REAL NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, versions TEXT NOT NULL);
        CREATE TABLE findings(id INTEGER PRIMARY KEY AUTOINCREMENT, theorem TEXT NOT NULL, seed TEXT NOT NULL, case_index INTEGER NOT NULL,
            phase TEXT NOT NULL, verdict TEXT NOT NULL, margin REAL, score REAL, evidence_json TEXT NOT NULL, instance_json TEXT NOT NULL,
            start_json TEXT NOT NULL, refinement_json TEXT, refinement_stop TEXT, descriptor TEXT NOT NULL, size TEXT NOT NULL, change TEXT,
            shrunk_instance_json TEXT, shrunk_start_json TEXT, shrunk_evidence_json TEXT, shrunk_verdict TEXT, shrunk_size TEXT, shrink_note TEXT,
            versions_json TEXT NOT NULL, found_at TEXT NOT NULL, committed_at TEXT NOT NULL,
            UNIQUE (theorem, seed, case_index, phase));
        CREATE TABLE stats(theorem TEXT PRIMARY KEY, cases INTEGER NOT NULL, confirmed INTEGER NOT NULL, vacuous INTEGER NOT NULL,
            counterexamples INTEGER NOT NULL, inconclusive INTEGER NOT NULL, inapplicable INTEGER NOT NULL, errors INTEGER NOT NULL,
            refinement_failures INTEGER NOT NULL, climbs INTEGER NOT NULL, best_score REAL, best_case_index INTEGER, first_ce_case INTEGER,
            first_ce_index INTEGER, first_ce_seconds REAL, seconds REAL NOT NULL);
        CREATE TABLE cases(case_index INTEGER PRIMARY KEY, theorem TEXT NOT NULL, phase TEXT NOT NULL, verdict TEXT NOT NULL, margin REAL, score REAL,
            refinement_failed INTEGER NOT NULL, seconds REAL NOT NULL);
        CREATE TABLE pool(theorem TEXT NOT NULL, rank INTEGER NOT NULL, score REAL NOT NULL, case_index INTEGER NOT NULL, descent_steps INTEGER,
            start_case_json TEXT NOT NULL, PRIMARY KEY (theorem, rank));
        CREATE TABLE inconclusive(theorem TEXT NOT NULL, case_index INTEGER NOT NULL, score REAL NOT NULL, phase TEXT NOT NULL, explanation TEXT NOT NULL,
            evidence_json TEXT NOT NULL, instance_json TEXT NOT NULL, descriptor TEXT NOT NULL, PRIMARY KEY (theorem, case_index));
        CREATE TABLE progress(id INTEGER PRIMARY KEY AUTOINCREMENT, shard TEXT NOT NULL, at TEXT NOT NULL, elapsed_seconds REAL NOT NULL,
            cases INTEGER NOT NULL, counterexamples INTEGER NOT NULL, best_scores TEXT NOT NULL);
        """;
}

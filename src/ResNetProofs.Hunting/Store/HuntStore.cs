using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Session;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// The hunt store: one embedded SQLite file in WAL mode. Each finding is committed in its own transaction the moment it
/// is judged (INSERT OR IGNORE on (theorem, seed, case index, phase), so a resumed hunt that re-runs in-flight cases adds
/// no duplicates); statistics, the case table, the climbing pools, the best Inconclusive cases and the resume point are
/// checkpointed together. Opening checks the SQLite header, the tables and <see cref="SchemaVersion"/>, and never
/// writes to a file it could not validate. Thread-safe (one connection behind a lock).
/// </summary>
public sealed class HuntStore : IDisposable
{
    /// <summary>The schema version this code reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private HuntStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>Creates a new store at <paramref name="path"/> (creating its directory) holding <paramref name="session"/>.</summary>
    /// <exception cref="HuntException">The file exists (<see cref="HuntError.StoreConflict"/> or, if it is no store, <see cref="HuntError.StoreCorrupt"/>), or cannot be written (<see cref="HuntError.StoreUnwritable"/>).</exception>
    public static HuntStore Create(string path, SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(session);
        string full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new HuntException(HuntError.StoreUnwritable, $"store '{path}' is a directory; give a file path such as hunts/night.db");
        }
        if (File.Exists(full) && new FileInfo(full).Length > 0)
        {
            using (Open(path, readOnly: true))
            {
            }
            throw new HuntException(HuntError.StoreConflict, $"store '{path}' already holds a hunt; add --resume to continue it, or give a new path");
        }
        // Built under a temporary name and renamed into place (Hypothesis's atomic store): a kill during creation leaves
        // no half-made store at the path, only a stray temporary file.
        string temporary = $"{full}.{Guid.NewGuid():N}.creating";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
                using (var tx = connection.BeginTransaction())
                {
                    Execute(connection, StoreSchema.Tables, tx);
                    Execute(connection, "INSERT INTO meta(key, value) VALUES ('schema_version', $v), ('created_by', 'ResNetProofs.Hunting')", tx, ("$v", SchemaVersion.ToString(CultureInfo.InvariantCulture)));
                    Execute(connection, $"PRAGMA user_version = {SchemaVersion}", tx);
                    Execute(connection, """
                        INSERT INTO session(id, seed, theorems, profile, shard, targeting, next_local, merged, seconds, created_at, updated_at, versions)
                        VALUES (1, $seed, $theorems, $profile, $shard, $targeting, $next, $merged, $seconds, $created, $updated, $versions)
                        """, tx,
                        ("$seed", session.Seed.ToString(CultureInfo.InvariantCulture)), ("$theorems", string.Join(",", session.Theorems)), ("$profile", session.Profile),
                        ("$shard", session.Shard.ToString()), ("$targeting", session.Targeting ? 1 : 0), ("$next", session.NextLocal), ("$merged", session.Merged ? 1 : 0),
                        ("$seconds", session.Seconds), ("$created", session.CreatedAt), ("$updated", session.UpdatedAt), ("$versions", VersionInfo.Json));
                    tx.Commit();
                }
            }
            if (File.Exists(full))
            {
                File.Delete(full); // an empty file only (checked above)
            }
            File.Move(temporary, full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or NotSupportedException)
        {
            TryDelete(temporary);
            throw new HuntException(HuntError.StoreUnwritable, $"store '{path}' cannot be created: {Reason(ex)}", ex);
        }
        return Open(path);
    }

    /// <summary>True when <paramref name="path"/> holds no store yet: no file, or an empty one.</summary>
    public static bool IsAbsent(string path) => !File.Exists(path) || new FileInfo(path).Length == 0;

    private static void TryDelete(string file)
    {
        foreach (string f in new[] { file, file + "-wal", file + "-shm" })
        {
            try
            {
                File.Delete(f);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // best effort: a stray temporary file is harmless
            }
        }
    }

    /// <summary>Opens an existing store after validating it.</summary>
    /// <exception cref="HuntException">Missing (<see cref="HuntError.StoreMissing"/>), not a hunt store or damaged (<see cref="HuntError.StoreCorrupt"/>), another schema version (<see cref="HuntError.StoreIncompatible"/>), or not writable when writing is asked (<see cref="HuntError.StoreUnwritable"/>).</exception>
    public static HuntStore Open(string path, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            string? example = Directory.EnumerateFiles(full, "*.db").Order(StringComparer.Ordinal).FirstOrDefault();
            throw new HuntException(HuntError.StoreMissing,
                $"store '{path}' is a directory, not a store file; give a store file{(example is null ? " such as hunts/night.db" : $" in it, e.g. '{System.IO.Path.Combine(path, System.IO.Path.GetFileName(example))}'")}");
        }
        if (!File.Exists(full))
        {
            throw new HuntException(HuntError.StoreMissing, $"store '{path}' does not exist");
        }
        var header = new byte[SqliteHeader.Length];
        try
        {
            using var file = File.OpenRead(full);
            int read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new HuntException(HuntError.StoreCorrupt, $"store '{path}' is corrupt: not an SQLite database (bad header); it was left untouched");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HuntException(HuntError.StoreUnwritable, $"store '{path}' cannot be read: {Reason(ex)}", ex);
        }
        if (!readOnly)
        {
            // Validate without writing first: a corrupt or foreign file then gets no -wal/-shm files beside it.
            Open(path, readOnly: true).Dispose();
        }
        var connection = new SqliteConnection(ConnectionString(full, readOnly));
        try
        {
            connection.Open();
            string? version;
            try
            {
                version = Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version'") as string;
                foreach (string table in StoreSchema.TableNames)
                {
                    if (Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $t", ("$t", table)), CultureInfo.InvariantCulture) == 0)
                    {
                        throw new HuntException(HuntError.StoreCorrupt, $"store '{path}' is corrupt: table '{table}' is missing; it was left untouched");
                    }
                }
                if (version is not null && version == SchemaVersion.ToString(CultureInfo.InvariantCulture))
                {
                    Scalar(connection, "SELECT count(*) FROM findings");
                    Scalar(connection, "SELECT seed FROM session WHERE id = 1");
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
            {
                throw new HuntException(HuntError.StoreCorrupt, $"store '{path}' is corrupt: not a hunt store ({Reason(ex)}); it was left untouched", ex);
            }
            if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new HuntException(HuntError.StoreIncompatible,
                    $"store '{path}' has schema version {version ?? "(none)"}, but this build reads version {SchemaVersion}; use a matching resnetproofs build or a new store");
            }
            if (!readOnly)
            {
                Execute(connection, "PRAGMA synchronous=FULL;");
            }
            return new HuntStore(connection, full);
        }
        catch (HuntException)
        {
            connection.Dispose();
            throw;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            bool cannotWrite = ex.SqliteErrorCode is 8 or 14; // SQLITE_READONLY, SQLITE_CANTOPEN
            string unusable = readOnly && File.Exists(full + "-wal")
                ? $"store '{path}' cannot be read: {Reason(ex)}; a '-wal' file lies beside it (a hunt is writing it, or one was stopped mid-write), and reading it needs a '-shm' file SQLite cannot create there: read it where the directory is writable, or let the hunt finish (or resume and stop it) first"
                : readOnly ? $"store '{path}' cannot be read: {Reason(ex)}" : $"store '{path}' cannot be opened for writing: {Reason(ex)}";
            throw new HuntException(cannotWrite ? HuntError.StoreUnwritable : HuntError.StoreCorrupt,
                cannotWrite ? unusable : $"store '{path}' is corrupt: {Reason(ex)}; it was left untouched", ex);
        }
    }

    /// <summary>
    /// The connection string: read-write, or read-only. A read-only open of a file with no <c>-wal</c> beside it (no hunt
    /// is writing it, and none was killed mid-write) uses SQLite's <c>immutable=1</c>: no lock, no <c>-shm</c> or
    /// <c>-wal</c> file is created, so it works on a read-only file in a read-only directory and leaves nothing behind.
    /// With a <c>-wal</c> present the open is an ordinary read-only one, which reads the committed WAL frames.
    /// </summary>
    private static string ConnectionString(string full, bool readOnly)
    {
        if (readOnly && !File.Exists(full + "-wal"))
        {
            return new SqliteConnectionStringBuilder { DataSource = new Uri(full).AbsoluteUri + "?immutable=1", Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        }
        return new SqliteConnectionStringBuilder { DataSource = full, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    }

    /// <summary>The stored session.</summary>
    public SessionRecord Session()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT seed, theorems, profile, shard, targeting, next_local, merged, seconds, created_at, updated_at FROM session WHERE id = 1");
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                throw new HuntException(HuntError.StoreCorrupt, $"store '{Path}' is corrupt: no session row");
            }
            return new SessionRecord(
                ulong.Parse(r.GetString(0), CultureInfo.InvariantCulture),
                r.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries),
                r.GetString(2),
                ShardSpec.Parse(r.GetString(3)),
                r.GetInt64(4) != 0,
                r.GetInt64(5),
                r.GetInt64(6) != 0,
                r.GetDouble(7),
                r.GetString(8),
                r.GetString(9));
        }
    }

    /// <summary>
    /// Commits one Counterexample in its own transaction; a finding already stored (same theorem, seed, index, phase) is left as is.
    /// Returns true when a row was added. An evidence case is stored as its <see cref="EvidenceCaseJson"/> record (generator,
    /// FsCheck seed, size, case index, shrink path and descriptor) in place of the instances.
    /// </summary>
    public bool AddFinding(CaseOutcome outcome, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var v = outcome.Verdict ?? throw new ArgumentException("a finding needs its verdict", nameof(outcome));
        var f = FindingColumns.Of(outcome);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            int added = Execute(_connection, """
                INSERT OR IGNORE INTO findings(theorem, seed, case_index, phase, verdict, margin, score, evidence_json, instance_json, start_json,
                    refinement_json, refinement_stop, descriptor, size, change, shrunk_instance_json, shrunk_start_json, shrunk_evidence_json,
                    shrunk_verdict, shrunk_size, shrink_note, versions_json, found_at, committed_at)
                VALUES ($theorem, $seed, $index, $phase, $verdict, $margin, $score, $evidence, $instance, $start, $refinement, $stop, $descriptor, $size,
                    $change, $sInstance, $sStart, $sEvidence, $sVerdict, $sSize, $note, $versions, $found, $committed)
                """, tx,
                ("$theorem", outcome.Plan.TheoremId), ("$seed", seed.ToString(CultureInfo.InvariantCulture)), ("$index", outcome.Plan.Index), ("$phase", outcome.Plan.Phase),
                ("$verdict", v.Kind.ToString()), ("$margin", Finite(v.Conclusion.Margin)), ("$score", outcome.Score), ("$evidence", v.ToJson()),
                ("$instance", f.Instance), ("$start", f.Start), ("$refinement", f.Refinement),
                ("$stop", f.RefinementStop), ("$descriptor", f.Descriptor), ("$size", f.Size), ("$change", outcome.Change),
                ("$sInstance", f.ShrunkInstance), ("$sStart", f.ShrunkStart), ("$sEvidence", f.ShrunkEvidence), ("$sVerdict", f.ShrunkVerdict),
                ("$sSize", f.ShrunkSize), ("$note", f.ShrinkNote),
                ("$versions", VersionInfo.Json), ("$found", outcome.JudgedAt.ToString("O", CultureInfo.InvariantCulture)), ("$committed", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            tx.Commit();
            return added > 0;
        }
    }

    /// <summary>Adds the shrink result of an already stored finding (its own transaction); a finding that already has one is left as is.</summary>
    public void RecordShrink(CaseOutcome outcome, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if ((outcome.Shrink is null || outcome.Case is null) && (outcome.EvidenceShrink is null || outcome.EvidenceCase is null))
        {
            return;
        }
        var f = FindingColumns.Of(outcome);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Execute(_connection, """
                UPDATE findings SET shrunk_instance_json = $sInstance, shrunk_start_json = $sStart, shrunk_evidence_json = $sEvidence, shrunk_verdict = $sVerdict,
                    shrunk_size = $sSize, shrink_note = $note
                WHERE theorem = $theorem AND seed = $seed AND case_index = $index AND phase = $phase AND shrink_note IS NULL
                """, tx,
                ("$theorem", outcome.Plan.TheoremId), ("$seed", seed.ToString(CultureInfo.InvariantCulture)), ("$index", outcome.Plan.Index), ("$phase", outcome.Plan.Phase),
                ("$sInstance", f.ShrunkInstance), ("$sStart", f.ShrunkStart), ("$sEvidence", f.ShrunkEvidence), ("$sVerdict", f.ShrunkVerdict),
                ("$sSize", f.ShrunkSize), ("$note", f.ShrinkNote));
            tx.Commit();
        }
    }

    /// <summary>Writes a checkpoint in one transaction.</summary>
    public void Checkpoint(HuntCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Execute(_connection, "UPDATE session SET next_local = $n, seconds = $s, updated_at = $u WHERE id = 1", tx,
                ("$n", checkpoint.NextLocal), ("$s", checkpoint.Seconds), ("$u", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            WriteStatistics(tx, checkpoint.Statistics);
            WriteCases(tx, checkpoint.NewCases);
            Execute(_connection, "DELETE FROM pool", tx);
            foreach (var (theorem, pool) in checkpoint.Pools)
            {
                for (int rank = 0; rank < pool.Entries.Count; rank++)
                {
                    var e = pool.Entries[rank];
                    Execute(_connection, "INSERT INTO pool(theorem, rank, score, case_index, descent_steps, start_case_json) VALUES ($t, $r, $s, $i, $d, $j)", tx,
                        ("$t", theorem), ("$r", rank), ("$s", e.Score), ("$i", e.CaseIndex), ("$d", e.DescentSteps), ("$j", InstanceCaseJson.Write(e.Start)));
                }
            }
            WriteInconclusive(tx, checkpoint.TopInconclusive.SelectMany(p => p.Value));
            var p = checkpoint.Progress;
            Execute(_connection, "INSERT INTO progress(shard, at, elapsed_seconds, cases, counterexamples, best_scores) VALUES ($sh, $at, $e, $c, $x, $b)", tx,
                ("$sh", p.Shard), ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$e", p.ElapsedSeconds), ("$c", p.Cases),
                ("$x", p.Counterexamples), ("$b", p.BestScoresJson));
            tx.Commit();
        }
    }

    /// <summary>Every finding, by id.</summary>
    public IReadOnlyList<FindingRecord> Findings() => ReadFindings("ORDER BY id");

    /// <summary>
    /// The finding named by <paramref name="id"/>: its stable id (<see cref="FindingId.Of"/>, 10 hex digits), its readable key
    /// <c>theorem/seed/case/phase</c>, or (as before stable ids) the row number this store gave it.
    /// </summary>
    /// <exception cref="HuntException">No such finding, or not an id (<see cref="HuntError.UnknownFinding"/>).</exception>
    public FindingRecord Finding(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string text = id.Trim();
        List<FindingRecord> found;
        if (FindingId.LooksLikeId(text))
        {
            found = ReadFindings("").Where(f => string.Equals(f.StableId, text, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        else if (text.Split('/') is { Length: >= 4 } parts && ulong.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
            && long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out long caseIndex))
        {
            found = ReadFindings("WHERE theorem = $t AND seed = $s AND case_index = $i AND phase = $p",
                ("$t", string.Join('/', parts[..^3])), ("$s", seed.ToString(CultureInfo.InvariantCulture)), ("$i", caseIndex), ("$p", parts[^1]));
        }
        else if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long row) && row > 0)
        {
            found = ReadFindings("WHERE id = $id", ("$id", row));
        }
        else
        {
            throw new HuntException(HuntError.UnknownFinding,
                $"finding id '{id}' is neither a finding id ({FindingId.Length} hex digits), a key theorem/seed/case/phase, nor a row number (see 'resnetproofs findings {Path}')");
        }
        return found.Count switch
        {
            1 => found[0],
            0 => throw new HuntException(HuntError.UnknownFinding, $"store '{Path}' holds no finding {text} (see 'resnetproofs findings {Path}')"),
            _ => throw new HuntException(HuntError.UnknownFinding, $"store '{Path}' holds {found.Count} findings with id {text}; name one by its key theorem/seed/case/phase"),
        };
    }

    /// <summary>The per-theorem statistics, by theorem id.</summary>
    public IReadOnlyList<TheoremStatistics> Statistics()
    {
        lock (_gate)
        {
            return ReadRows("SELECT theorem, cases, confirmed, vacuous, counterexamples, inconclusive, inapplicable, errors, refinement_failures, climbs, best_score, best_case_index, first_ce_case, first_ce_index, seconds, first_ce_seconds FROM stats ORDER BY theorem", r => new TheoremStatistics(r.GetString(0))
            {
                Cases = r.GetInt64(1), Confirmed = r.GetInt64(2), Vacuous = r.GetInt64(3), Counterexamples = r.GetInt64(4), Inconclusive = r.GetInt64(5),
                Inapplicable = r.GetInt64(6), Errors = r.GetInt64(7), RefinementFailures = r.GetInt64(8), Climbs = r.GetInt64(9),
                BestScore = r.IsDBNull(10) ? null : r.GetDouble(10), BestCaseIndex = r.IsDBNull(11) ? null : r.GetInt64(11),
                FirstCounterexampleCase = r.IsDBNull(12) ? null : r.GetInt64(12), FirstCounterexampleIndex = r.IsDBNull(13) ? null : r.GetInt64(13), Seconds = r.GetDouble(14),
                FirstCounterexampleSeconds = r.IsDBNull(15) ? null : r.GetDouble(15),
            });
        }
    }

    /// <summary>Every judged case up to the last checkpoint, by index.</summary>
    public IReadOnlyList<CaseRow> Cases()
    {
        lock (_gate)
        {
            return ReadRows("SELECT case_index, theorem, phase, verdict, margin, score, refinement_failed, seconds FROM cases ORDER BY case_index", CaseRowOf);
        }
    }

    /// <summary>The climbing pools as checkpointed.</summary>
    public IReadOnlyList<(string TheoremId, PoolEntry Entry)> Pool()
    {
        lock (_gate)
        {
            return ReadRows("SELECT theorem, score, case_index, descent_steps, start_case_json FROM pool ORDER BY theorem, rank", r =>
            {
                var start = InstanceCaseJson.Read(r.GetString(4), $"{Path}: pool entry of case {r.GetInt64(2)}");
                return (r.GetString(0), new PoolEntry(r.GetDouble(1), r.GetInt64(2), start, r.IsDBNull(3) ? null : r.GetInt32(3)));
            });
        }
    }

    /// <summary>The best Inconclusive cases, by theorem and descending score.</summary>
    public IReadOnlyList<InconclusiveRecord> Inconclusive()
    {
        lock (_gate)
        {
            return ReadRows("SELECT theorem, score, case_index, phase, explanation, evidence_json, instance_json, descriptor FROM inconclusive ORDER BY theorem, score DESC, case_index", InconclusiveOf);
        }
    }

    /// <summary>The progress snapshots, in order.</summary>
    public IReadOnlyList<ProgressRow> Progress()
    {
        lock (_gate)
        {
            return ReadRows("SELECT shard, elapsed_seconds, cases, counterexamples, best_scores FROM progress ORDER BY id",
                r => new ProgressRow(r.GetString(0), r.GetDouble(1), r.GetInt64(2), r.GetInt64(3), r.GetString(4)));
        }
    }

    /// <summary>Copies findings, cases, inconclusive cases and progress from <paramref name="other"/> (rows already present are kept), then recomputes the statistics from the case table.</summary>
    public void Absorb(HuntStore other, int topInconclusive)
    {
        ArgumentNullException.ThrowIfNull(other);
        var findings = other.ReadRawFindings();
        var cases = other.Cases();
        var inconclusive = other.Inconclusive();
        var progress = other.Progress();
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var row in findings)
            {
                using var cmd = _connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = $"INSERT OR IGNORE INTO findings({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Keys.Select(k => "$" + k))})";
                foreach (var (k, v) in row)
                {
                    cmd.Parameters.AddWithValue("$" + k, v ?? DBNull.Value);
                }
                cmd.ExecuteNonQuery();
            }
            WriteCases(tx, cases);
            foreach (var p in progress)
            {
                Execute(_connection, "INSERT INTO progress(shard, at, elapsed_seconds, cases, counterexamples, best_scores) VALUES ($sh, '', $e, $c, $x, $b)", tx,
                    ("$sh", p.Shard), ("$e", p.ElapsedSeconds), ("$c", p.Cases), ("$x", p.Counterexamples), ("$b", p.BestScoresJson));
            }
            var all = ReadInconclusiveUnlocked(tx).Concat(inconclusive)
                .GroupBy(i => i.TheoremId)
                .SelectMany(g => g.DistinctBy(i => i.CaseIndex).OrderByDescending(i => i.Score).ThenBy(i => i.CaseIndex).Take(topInconclusive))
                .ToList();
            WriteInconclusive(tx, all);
            var stats = new Dictionary<string, TheoremStatistics>(StringComparer.Ordinal);
            foreach (var c in ReadCasesUnlocked(tx))
            {
                if (!stats.TryGetValue(c.TheoremId, out var s))
                {
                    stats[c.TheoremId] = s = new TheoremStatistics(c.TheoremId);
                }
                s.Add(c.Index, c.Phase, c.Verdict, c.Score, c.RefinementFailed, c.Seconds);
            }
            WriteStatistics(tx, stats.Values);
            Execute(_connection, "UPDATE session SET seconds = seconds + $s, updated_at = $u WHERE id = 1", tx,
                ("$s", other.Session().Seconds), ("$u", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            tx.Commit();
        }
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _connection.Dispose();

    private List<Dictionary<string, object?>> ReadRawFindings()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT * FROM findings ORDER BY id");
            using var r = cmd.ExecuteReader();
            var rows = new List<Dictionary<string, object?>>();
            while (r.Read())
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (int i = 0; i < r.FieldCount; i++)
                {
                    if (r.GetName(i) != "id")
                    {
                        row[r.GetName(i)] = r.IsDBNull(i) ? null : r.GetValue(i);
                    }
                }
                rows.Add(row);
            }
            return rows;
        }
    }

    private List<CaseRow> ReadCasesUnlocked(SqliteTransaction tx)
    {
        return ReadRows("SELECT case_index, theorem, phase, verdict, margin, score, refinement_failed, seconds FROM cases ORDER BY case_index", CaseRowOf, tx);
    }

    private List<InconclusiveRecord> ReadInconclusiveUnlocked(SqliteTransaction tx)
    {
        return ReadRows("SELECT theorem, score, case_index, phase, explanation, evidence_json, instance_json, descriptor FROM inconclusive", InconclusiveOf, tx);
    }

    private void WriteStatistics(SqliteTransaction tx, IEnumerable<TheoremStatistics> statistics)
    {
        foreach (var s in statistics)
        {
            Execute(_connection, """
                INSERT OR REPLACE INTO stats(theorem, cases, confirmed, vacuous, counterexamples, inconclusive, inapplicable, errors, refinement_failures, climbs,
                    best_score, best_case_index, first_ce_case, first_ce_index, first_ce_seconds, seconds)
                VALUES ($t, $c, $ok, $vac, $ce, $inc, $na, $err, $rf, $cl, $bs, $bi, $fc, $fi, $fs, $sec)
                """, tx,
                ("$t", s.TheoremId), ("$c", s.Cases), ("$ok", s.Confirmed), ("$vac", s.Vacuous), ("$ce", s.Counterexamples), ("$inc", s.Inconclusive),
                ("$na", s.Inapplicable), ("$err", s.Errors), ("$rf", s.RefinementFailures), ("$cl", s.Climbs), ("$bs", s.BestScore), ("$bi", s.BestCaseIndex),
                ("$fc", s.FirstCounterexampleCase), ("$fi", s.FirstCounterexampleIndex), ("$fs", s.FirstCounterexampleSeconds), ("$sec", s.Seconds));
        }
    }

    private void WriteCases(SqliteTransaction tx, IEnumerable<CaseRow> cases)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR IGNORE INTO cases(case_index, theorem, phase, verdict, margin, score, refinement_failed, seconds) VALUES ($i, $t, $p, $v, $m, $s, $f, $sec)";
        var names = new[] { "$i", "$t", "$p", "$v", "$m", "$s", "$f", "$sec" };
        var parameters = names.Select(n => cmd.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var c in cases)
        {
            object?[] values = [c.Index, c.TheoremId, c.Phase, c.Verdict, c.Margin, c.Score, c.RefinementFailed ? 1 : 0, c.Seconds];
            for (int k = 0; k < values.Length; k++)
            {
                parameters[k].Value = values[k] ?? DBNull.Value;
            }
            cmd.ExecuteNonQuery();
        }
    }

    private void WriteInconclusive(SqliteTransaction tx, IEnumerable<InconclusiveRecord> records)
    {
        Execute(_connection, "DELETE FROM inconclusive", tx);
        foreach (var i in records)
        {
            Execute(_connection, """
                INSERT INTO inconclusive(theorem, case_index, score, phase, explanation, evidence_json, instance_json, descriptor)
                VALUES ($t, $i, $s, $p, $e, $ev, $in, $d)
                """, tx,
                ("$t", i.TheoremId), ("$i", i.CaseIndex), ("$s", i.Score), ("$p", i.Phase), ("$e", i.Explanation), ("$ev", i.EvidenceJson), ("$in", i.InstanceJson), ("$d", i.Descriptor));
        }
    }

    private List<FindingRecord> ReadFindings(string tail, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            using var cmd = Command($"""
                SELECT id, theorem, seed, case_index, phase, verdict, margin, score, evidence_json, instance_json, start_json, refinement_json, refinement_stop,
                    descriptor, size, change, shrunk_instance_json, shrunk_start_json, shrunk_evidence_json, shrunk_verdict, shrunk_size, shrink_note,
                    versions_json, found_at, committed_at
                FROM findings {tail}
                """, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<FindingRecord>();
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            while (r.Read())
            {
                list.Add(new FindingRecord
                {
                    Id = r.GetInt64(0), TheoremId = r.GetString(1), Seed = ulong.Parse(r.GetString(2), CultureInfo.InvariantCulture), CaseIndex = r.GetInt64(3),
                    Phase = r.GetString(4), Verdict = r.GetString(5), Margin = r.IsDBNull(6) ? double.NaN : r.GetDouble(6), Score = r.IsDBNull(7) ? null : r.GetDouble(7),
                    EvidenceJson = r.GetString(8), InstanceJson = r.GetString(9), StartJson = r.GetString(10), RefinementJson = Text(11), RefinementStop = Text(12),
                    Descriptor = r.GetString(13), Size = r.GetString(14), Change = Text(15), ShrunkInstanceJson = Text(16), ShrunkStartJson = Text(17),
                    ShrunkEvidenceJson = Text(18), ShrunkVerdict = Text(19), ShrunkSize = Text(20), ShrinkNote = Text(21), VersionsJson = r.GetString(22),
                    FoundAt = r.GetString(23), CommittedAt = r.GetString(24),
                });
            }
            return list;
        }
    }

    // Every row of a query, mapped by row (the caller holds the lock, or passes its transaction).
    private List<T> ReadRows<T>(string sql, Func<SqliteDataReader, T> row, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql);
        cmd.Transaction = tx;
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(row(r));
        }
        return list;
    }

    private static CaseRow CaseRowOf(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetDouble(4),
            r.IsDBNull(5) ? null : r.GetDouble(5), r.GetInt64(6) != 0, r.GetDouble(7));

    private static InconclusiveRecord InconclusiveOf(SqliteDataReader r) =>
        new(r.GetString(0), r.GetDouble(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7));

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    private static int Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd.ExecuteScalar();
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Reason(Exception ex) => ex.Message.ReplaceLineEndings(" ").TrimEnd('.');
}

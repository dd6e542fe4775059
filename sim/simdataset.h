#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// The simulator's data: accounts, a customer tree per account, users and files, all generated
// deterministically from a seed. Files are kept column-wise (about 40 bytes a file); names,
// addresses, transcriptions and bytes are derived on demand from (seed, file index).
class SimDataset final
{
public:
    enum Type : quint8 { Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing, TypeCount };
    enum Flag : quint8 { HasTranscription = 1, HasAi = 2, OnStorage = 4, Outbound = 8 };
    enum SubKind : quint8 { Text = 0, Png = 1, Pdf = 2, Mp3 = 3 }; // Mp3: an audio file stored as MP3

    struct Account
    {
        QString id;
        QString name;
        QString domain;
        qint64 created = 0;
    };
    struct Customer
    {
        QString id;
        QString name;
        int account = 0;
        int parent = -1;
        int depth = 1;
        QList<int> path; // from the top customer down to this one (inclusive)
        QString referenceId;
        bool staging = false;
        qint64 created = 0;
    };
    struct User
    {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
        QString role; // SystemAdministrator, Manager, Customer, User
        QList<int> accounts;
        int customer = -1;
        QString name() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
    };

    // longRecordings: that many call recordings (the first ones) last one hour (benchmarks).
    // hostile: a few files get names and data that a client must survive (see CONTRACT-sim.md).
    SimDataset(quint64 seed, quint32 fileCount, quint32 longRecordings = 0, bool hostile = false);

    static quint64 mix(quint64 a, quint64 b, quint64 c = 0);
    static QString typeName(int type);
    static int typeFromName(const QString &name); // case-insensitive, -1 if unknown
    static QString isoDate(qint64 ms);
    static qint64 referenceEndMs();

    quint64 seed() const { return m_seed; }
    quint32 fileCount() const { return quint32(m_created.size()); }
    const QList<Account> &accounts() const { return m_accounts; }
    const QList<Customer> &customers() const { return m_customers; }
    const QList<User> &users() const { return m_users; }
    int accountIndex(const QString &id) const;
    int customerIndex(const QString &id) const;
    int userIndex(const QString &id) const;
    int userByEmail(const QString &email) const;
    bool customerInSubtree(int customer, int root) const;

    // Files.
    QString fileId(quint32 i) const;
    qint64 fileIndex(const QString &id) const; // -1 if unknown
    quint64 fileIdKey(quint32 i) const { return mix(m_seed, 0xF11E, i); }
    qint64 created(quint32 i) const { return m_created[i]; }
    qint64 modified(quint32 i) const { return m_modified[i]; }
    int type(quint32 i) const { return m_type[i]; }
    int flags(quint32 i) const { return m_flags[i]; }
    int subKind(quint32 i) const { return m_subKind[i]; }
    int customer(quint32 i) const { return int(m_customer[i]); }
    int account(quint32 i) const { return m_customers[int(m_customer[i])].account; }
    int user(quint32 i) const { return m_user[i]; }
    int createdBy(quint32 i) const { return m_createdBy[i]; }
    int modifiedBy(quint32 i) const { return m_modifiedBy[i]; }
    int duration(quint32 i) const { return m_duration[i]; }
    quint32 contentLength(quint32 i) const { return m_length[i]; }
    // The bytes the content routes really serve: fewer than contentLength for a "short body" file.
    quint32 servedLength(quint32 i) const { return m_shortBody.contains(i) ? m_length[i] - m_shortBody.value(i) : m_length[i]; }
    // The hostile cases by name ("dotdot", "con", "separators", "long", "rtl-emoji", "same-1",
    // "same-2", "formula-customer", "short-body"); -1 when not generated.
    qint64 hostileFile(const QString &name) const { return m_hostile.value(name, -1); }
    bool isAudio(quint32 i) const { return m_type[i] == VoiceMessage || m_type[i] == CallRecording; }
    bool isMp3(quint32 i) const { return isAudio(i) && m_subKind[i] == Mp3; }
    int mp3Template(quint32 i) const; // SimMp3 template of an MP3 file
    // A call recording with pauses and a hold stretch (SimAudio's "shaped" pattern).
    bool isShaped(quint32 i) const { return m_type[i] == CallRecording && m_duration[i] >= 20 && (m_duration[i] == 3600 || mix(m_seed, 0x5A4E, i) % 3 != 0); }
    bool onStorage(quint32 i) const { return m_flags[i] & OnStorage; }
    QString contentType(quint32 i) const;
    QString fileName(quint32 i) const;
    QString fromAddress(quint32 i) const;
    QString toAddress(quint32 i) const;
    QString recordingSid(quint32 i) const;
    quint64 recordingSidHash(quint32 i, int half) const { return mix(m_seed, half ? 0x5D2 : 0x5D1, i); }
    QString transcription(quint32 i) const;
    // Its pieces (SimText::transcriptionPieces); 0 when the file has no transcription.
    int transcriptionPieces(quint32 i, quint8 *out) const;
    QString transcriptionOpening(quint32 i) const; // its first sentence (at least 48 characters)
    QString aiTranscription(quint32 i) const;
    QString userRefId(int user) const; // "system" for -1

    // Sessions: the files of one session are consecutive indices.
    quint32 sessionOf(quint32 i) const { return m_session[i]; }
    QString sessionId(quint32 session) const;
    qint64 sessionIndex(const QString &id) const;
    std::pair<quint32, quint32> sessionRange(quint32 session) const;

    // PATCH support; returns false for an unknown file.
    void setFileName(quint32 i, const QString &name) { m_nameOverride.insert(i, name); }
    void setCustomer(quint32 i, int c) { m_customer[i] = quint32(c); }
    void setUser(quint32 i, int u) { m_user[i] = u; }
    void touch(quint32 i, qint64 ms, int byUser) { m_modified[i] = ms; m_modifiedBy[i] = byUser; }
    quint64 generation() const { return m_generation; }
    void bumpGeneration() { ++m_generation; }

    // Files that have not arrived yet (--arriving N): the newest `hidden` indices exist but are
    // neither listed nor found by id until reveal() lets the next ones (oldest of them first) in.
    quint32 visibleCount() const { return fileCount() - m_hidden; }
    quint32 hiddenCount() const { return m_hidden; }
    void setHidden(quint32 count) { m_hidden = qMin(count, fileCount()); }
    quint32 reveal(quint32 count) { count = qMin(count, m_hidden); m_hidden -= count; ++m_generation; return count; }

private:
    QString hexId(quint64 salt, quint32 index) const;
    qint64 parseHexId(const QString &id, quint64 salt, quint32 count) const;
    void generateDirectory();
    void generateFiles(quint32 count);
    void makeLongRecordings(quint32 count);
    int addCustomer(int account, int parent, const QString &name, quint64 h);

    quint64 m_seed;
    quint64 m_generation = 0;
    quint32 m_hidden = 0;
    QList<Account> m_accounts;
    QList<Customer> m_customers;
    QList<User> m_users;
    QList<QList<int>> m_agents; // per account
    std::vector<qint64> m_created;
    std::vector<qint64> m_modified;
    std::vector<quint32> m_customer;
    std::vector<qint32> m_user;
    std::vector<qint32> m_createdBy;
    std::vector<qint32> m_modifiedBy;
    std::vector<quint32> m_session;
    std::vector<quint32> m_sessionStart; // first file of each session
    std::vector<quint32> m_length;
    std::vector<quint16> m_duration;
    std::vector<quint8> m_type;
    std::vector<quint8> m_flags;
    std::vector<quint8> m_subKind;
    QHash<quint32, QString> m_nameOverride;
    QHash<quint32, quint32> m_shortBody;  // file -> bytes missing from its body
    QHash<QString, qint64> m_hostile;
    void addHostileCases();
};

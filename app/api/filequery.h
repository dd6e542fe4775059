#pragma once

#include "filefield.h"
#include "filetype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// Every field of ListFiles: the ten filters and the seven paging fields. A plain value type;
// widgets edit it, the client serialises it exactly as the API documents.
struct FileQuery
{
    // tr() in context "FileQuery" for fromText()'s messages (a value type: no Q_OBJECT).
    Q_DECLARE_TR_FUNCTIONS(FileQuery)

public:
    enum class SortOrder { Unset, Ascend, Descend };

    // Filters
    QStringList accountIds;              // AccountIds
    QStringList customerIds;             // CustomerIds
    QString sessionId;                   // SessionId
    QString fileName;                    // FileName (contains)
    QString contentType;                 // ContentType (contains)
    std::optional<FileType> type;        // Type
    QDateTime dateCreatedStart;          // DateCreatedStart (invalid = unset), sent ISO 8601 UTC
    QDateTime dateCreatedEnd;            // DateCreatedEnd
    QString userId;                      // UserId (the agent)
    QString transcriptionContains;       // TranscriptionContains

    // Paging
    int page = 0;                        // Page, zero-based
    bool all = false;                    // All
    int countPerPage = 200;              // CountPerPage, always sent (the table's page size too)
    QStringList specificIds;             // SpecificIds
    QString sortField;                   // SortField (a FileInfo property name), empty = server default
    SortOrder sortOrder = SortOrder::Unset; // SortOrder
    bool simplifiedPaging = false;       // SimplifiedPaging

    // The query string for GET /files, with the documented names (AccountIds, ...), comma lists,
    // ISO 8601 UTC dates, enum names, zero-based page. Unset fields are left out, except
    // CountPerPage which is always sent.
    QUrlQuery toApiQuery() const;

    // A readable, stable text form (a URL query such as
    // "type=CallRecording&accounts=a1,a2&from=2026-01-01T00:00:00Z&sort=DateCreated&order=desc"),
    // used for saved views, links and the CLI's --query. Round-trips through fromText().
    QString toText() const;
    // Parses toText()'s form (also accepts the API's own parameter names, case-insensitively).
    // On failure returns std::nullopt and sets *error to a translated message naming the field.
    static std::optional<FileQuery> fromText(const QString &text, QString *error = nullptr);

    // How many of the ten filters are set (for the sidebar's badge).
    int activeFilterCount() const;
    // The same filters (paging ignored).
    bool sameFilters(const FileQuery &other) const;

    bool operator==(const FileQuery &other) const;
    bool operator!=(const FileQuery &other) const { return !(*this == other); }
};
Q_DECLARE_METATYPE(FileQuery)

#pragma once

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>
#include <utility>

namespace parindex {

// What went wrong, in words a council secretary understands, and which kind of failure it is
// (the command line maps the kind to its exit status).
struct Error
{
    enum class Kind {
        Usage, // wrong call
        BadData, // a file or a value that does not follow the rules; details name row/column
        CannotOpen, // missing, unreadable or unwritable file
        NotOurs, // not an SQLite file, or one of another program
        TooNew, // written by a newer version of this program
        Locked, // busy, or held by another program or instance
        ReadOnly, // opened read-only
        Final, // the period is finalised
        NotFound, // no such unit, period, criterion
        Io, // disk full, I/O error
        Corrupt, // damaged database
        Cancelled, // the person stopped it; nothing was changed
        Conflict, // someone else changed the value since: an undo would overwrite it
        Internal,
    };

    Error() = default;
    Error(Kind k, QString m, QStringList d = {}) : kind(k), message(std::move(m)), details(std::move(d)) { }

    Kind kind = Kind::Internal;
    QString message;
    QStringList details; // one line per problem, for lists of import errors
    // Where each detail points in the file, as (line or sheet row, column from 0), (0, -1) for none; filled
    // by file imports so that a preview can mark the cells. Empty when no detail names a cell.
    QList<QPair<int, int>> cells;

    QString text() const { return details.isEmpty() ? message : message + u'\n' + details.join(u'\n'); }
};

// A value or the reason there is none.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace parindex

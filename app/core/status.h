#pragma once

#include <QString>

namespace GoPrep {

// The outcome of an operation that can fail: ok, or a message a person can act on.
// Errors are values here; nothing that matters is only logged.
class Status
{
public:
    Status() = default;
    static Status failure(const QString &message)
    {
        return Status(message.isEmpty() ? QStringLiteral("failed") : message);
    }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }

private:
    explicit Status(const QString &message)
        : m_message(message)
    { }
    QString m_message;
};

} // namespace GoPrep

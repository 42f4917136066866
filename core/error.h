#pragma once

#include <QString>

#include <exception>
#include <string>

namespace cutover {

/**
 * An error as core reports it: a translated message for the user that names the object concerned and what to
 * do next, plus technical details (server error text, statement) for the log and a "Details" expander.
 *
 * Core code throws it inside a worker; the top of every worker catches it and turns it into a result, so it
 * never crosses a thread.
 */
class Error : public std::exception
{
public:
    explicit Error(QString message, QString details = {})
        : m_message(std::move(message))
        , m_details(std::move(details))
        , m_what(m_message.toStdString())
    {
    }

    const QString& message() const { return m_message; }
    const QString& details() const { return m_details; }
    const char* what() const noexcept override { return m_what.c_str(); }

    /** Returns a copy whose message starts with the caller's context ("Could not load table x: ..."). */
    Error withContext(const QString& context) const
    {
        return Error(context + QStringLiteral(": ") + m_message, m_details);
    }

private:
    QString m_message;
    QString m_details;
    std::string m_what;
};

/**
 * Thrown by work that stops because the run was cancelled (between the batches of a step's work after the copy), so
 * that the step ends Cancelled and a rerun does the work, while any other Error still fails it.
 */
class CancelledError : public Error
{
public:
    using Error::Error;
};

} // namespace cutover

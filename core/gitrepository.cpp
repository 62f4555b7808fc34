#include "gitrepository.h"

namespace syncstudio {

GitRepository::~GitRepository() = default;

void GitRepository::setError(GitError *error, GitError::Kind kind, const QString &message,
                             const QString &output)
{
    if (error) {
        error->kind = kind;
        error->message = message;
        error->output = output;
    }
}

} // namespace syncstudio

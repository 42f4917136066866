#include "areas.h"

#include "gencontext.h"

namespace cutover {

void generateContent(GenContext& context)
{
    Q_UNUSED(context);
}

} // namespace cutover

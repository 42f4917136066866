#include "areas.h"

#include "gencontext.h"

namespace cutover {

void generateCustomers(GenContext& context)
{
    Q_UNUSED(context);
}

} // namespace cutover

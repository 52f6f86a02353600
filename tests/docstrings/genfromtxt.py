import numpy as np
import numpy as np

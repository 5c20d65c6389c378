"""The committed IAM reference data is what src/test/python/iam_reference.py makes from the installed cfn-lint."""
import io
import os
import unittest

try:
    import iam_reference
except ImportError:  # cfn-lint is not installed (a fresh CI machine): the committed file is used as it is
    iam_reference = None

COMMITTED = os.path.join("src", "test", "resources", "dev", "ecrkit", "iam-reference.tsv")


@unittest.skipIf(iam_reference is None, "cfn-lint is not installed")
class IamReferenceTest(unittest.TestCase):
    def test_committed_file_is_what_the_script_makes(self):
        from importlib.metadata import version
        if version("cfn-lint") != iam_reference.CFN_LINT_VERSION:
            self.skipTest("another cfn-lint version is installed")
        out = io.StringIO()
        iam_reference.main(out)
        with open(COMMITTED, encoding="utf-8") as f:
            self.assertEqual(f.read(), out.getvalue())


if __name__ == "__main__":
    unittest.main()

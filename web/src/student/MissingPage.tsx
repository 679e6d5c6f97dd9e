import { Button, Card, NavBar, Result } from 'antd-mobile';
import { useAuth } from '../common/auth';
import type { StudentRecordResponse } from '../common/types';

/** No record of the current 届别 matches the account: what the graduate can do (DOMAIN §3, the seed). */
export function MissingPage({ status }: { status: StudentRecordResponse }) {
  const { logout } = useAuth();
  const { cohort } = status;
  return (
    <>
      <NavBar back={null} className="student-navbar">
        学生信息
      </NavBar>
      <Result
        status="warning"
        title={`未找到你的${cohort}届毕业生信息`}
        description={`系统中没有与你账号的姓名、身份证号相符的${cohort}届毕业生信息,或你的信息显示为非应届毕业生。`}
      />
      <Card title="请先核对" className="student-card">
        <p>注册账号时填写的姓名、身份证号须与学籍信息一致。若填写有误,学校导入的毕业生信息将无法与你的账号匹配。</p>
      </Card>
      <Card title="信息导入" className="student-card">
        <p>如显示非应届毕业生或信息不存在,需要申请"信息导入",经学校审核通过后生成你的毕业生信息。请准备:</p>
        <ul>
          <li>毕业院校、院系、层次、专业</li>
          <li>考生号</li>
          <li>入学时间、毕业时间</li>
          <li>证明材料(如学生证、学籍证明等)</li>
        </ul>
      </Card>
      <Card title="信息更新" className="student-card">
        <p>毕业生信息中的民族、政治面貌、生源地等如有误,可申请"信息更新",由院系、学校审核后更正。</p>
      </Card>
      <Card title="怎么办理" className="student-card">
        <p>请带上述材料联系学校就业部门(就业指导中心)办理。学校导入或更正你的信息后,重新登录即可核对信息、进入系统。</p>
      </Card>
      <div className="student-actions">
        <Button block size="large" onClick={() => void logout()}>
          退出
        </Button>
      </div>
    </>
  );
}

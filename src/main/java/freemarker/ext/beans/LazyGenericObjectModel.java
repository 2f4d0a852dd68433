package freemarker.ext.beans;

import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * kehoach's, not FreeMarker's: FreeMarker's {@link GenericObjectModel} of a value, made without
 * introspecting the value's class, which it does only when a member is asked that a subclass does
 * not answer itself ({@code kehoach.layout.RecordWrapper}). It lives in FreeMarker's package
 * because the constructor of {@link BeanModel} that does not introspect is package-private; being a
 * {@code BeanModel} is what makes templates see it as the default wrapper's model where they test
 * for that ({@code ?has_content}, {@code ?is_*}, a default value with {@code !}).
 */
public abstract class LazyGenericObjectModel extends BeanModel
    implements TemplateScalarModel, MethodCallAwareTemplateHashModel {
  protected LazyGenericObjectModel(Object object, BeansWrapper wrapper) {
    super(object, wrapper, false);
  }

  /** As {@link StringModel#getAsString()}. */
  @Override
  public String getAsString() {
    boolean exposeToString =
        wrapper.getMemberAccessPolicy().isToStringAlwaysExposed()
            || !wrapper
                .getClassIntrospector()
                .get(object.getClass())
                .containsKey(ClassIntrospector.TO_STRING_HIDDEN_FLAG_KEY);
    return exposeToString ? object.toString() : StringModel.TO_STRING_NOT_EXPOSED;
  }

  /** As {@link GenericObjectModel#getBeforeMethodCall(String)}. */
  @Override
  public TemplateModel getBeforeMethodCall(String key)
      throws TemplateModelException, ShouldNotBeGetAsMethodException {
    return super.getBeforeMethodCall(key);
  }
}
